package eu.dmhub.identity;

/** A company's profile changed (for example its sector or size class). */
public record CompanyProfileChanged(CompanyProfile before, CompanyProfile after) {}
