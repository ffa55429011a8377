package eu.dmhub.identity.application;

import eu.dmhub.shared.CompanyId;
import java.util.UUID;

/** The person and the company a registration created. */
public record Registered(UUID personId, CompanyId companyId) {}
