package eu.dmhub.identity.domain;

/** What a person agreed to; each kind has its own texts and versions. */
public enum ConsentKind {
    /** Read and accepted the privacy notice at sign-up (kept for every person who signed up). */
    PRIVACY_NOTICE
}
