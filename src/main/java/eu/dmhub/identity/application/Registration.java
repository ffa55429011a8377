package eu.dmhub.identity.application;

/**
 * What a person fills in to join: themselves and their company.
 *
 * @param language the person's preferred language, {@code null} for English
 */
public record Registration(String email, String password, String name, String language, CompanyForm company) {

    /** The company profile fields as typed. */
    public record CompanyForm(
            String legalName,
            String country,
            String registryCode,
            String naceDivision,
            String sizeClass,
            String region) {
        public static CompanyForm empty() {
            return new CompanyForm("", "", "", "", "", "");
        }
    }
}
