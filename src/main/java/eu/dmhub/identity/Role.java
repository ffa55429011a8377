package eu.dmhub.identity;

/** What a person may do; every request is denied unless a rule allows one of its roles. */
public enum Role {
    SME_USER,
    CONSULTANT,
    PROGRAMME_OFFICER,
    ANALYST,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
