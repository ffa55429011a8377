package eu.dmhub.insights.domain;

/**
 * Which parts of a table to hide so that no figure covers fewer than k companies and no hidden
 * part can be recovered from the shown total by subtraction.
 *
 * <p>Primary suppression hides every part with 1 to k-1 companies. If the hidden parts together
 * hold 1 to k-1 companies, the total minus the shown parts would reveal them, so secondary
 * suppression also hides the smallest shown parts until the hidden ones together hold at least k
 * companies. A total under k is hidden itself (and then every part is too).
 */
public final class Suppression {

    private Suppression() {}

    /** The outcome for a table: which parts are hidden, and whether the total is. */
    public record Outcome(boolean[] hidden, boolean totalHidden) {

        public boolean hidden(int part) {
            return hidden[part];
        }

        /** Companies in the hidden parts together: what the total minus the shown parts reveals. */
        public long residual(long[] companies) {
            long residual = 0;
            for (int i = 0; i < companies.length; i++) {
                if (hidden[i]) {
                    residual += companies[i];
                }
            }
            return residual;
        }
    }

    /** Decides for parts holding {@code companies[i]} companies each, whose total is their sum. */
    public static Outcome of(long[] companies, int k) {
        long total = 0;
        for (long c : companies) {
            total += c;
        }
        boolean[] hidden = new boolean[companies.length];
        long residual = 0;
        for (int i = 0; i < companies.length; i++) {
            if (companies[i] > 0 && companies[i] < k || total < k) {
                hidden[i] = true;
                residual += companies[i];
            }
        }
        while (residual > 0 && residual < k) {
            int smallest = -1;
            for (int i = 0; i < companies.length; i++) {
                if (!hidden[i] && companies[i] > 0 && (smallest < 0 || companies[i] < companies[smallest])) {
                    smallest = i;
                }
            }
            if (smallest < 0) {
                break;
            }
            hidden[smallest] = true;
            residual += companies[smallest];
        }
        return new Outcome(hidden, total < k);
    }
}
