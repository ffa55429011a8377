package eu.dmhub.shared;

import java.util.Locale;

/** The EU size classes by number of employees. */
public enum SizeClass {
    MICRO(0, 9),
    SMALL(10, 49),
    MEDIUM(50, 249),
    LARGE(250, Integer.MAX_VALUE);

    private final int minEmployees;
    private final int maxEmployees;

    SizeClass(int minEmployees, int maxEmployees) {
        this.minEmployees = minEmployees;
        this.maxEmployees = maxEmployees;
    }

    public static SizeClass ofEmployees(int employees) {
        for (SizeClass size : values()) {
            if (employees <= size.maxEmployees) {
                return size;
            }
        }
        throw new IllegalArgumentException("Negative employee count: " + employees);
    }

    /** Reads a size class name in any case; {@code null} when it is none. */
    public static SizeClass parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public int minEmployees() {
        return minEmployees;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
