package eu.dmhub.identity.rest;

import eu.dmhub.identity.CompanyProfile;
import eu.dmhub.identity.CurrentPersons;
import eu.dmhub.identity.application.CompanyService;
import eu.dmhub.identity.application.Registration.CompanyForm;
import eu.dmhub.shared.CompanyId;
import eu.dmhub.shared.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/companies")
@Tag(name = "Companies")
@SecurityRequirement(name = "bearer")
class CompanyApi {

    /** A company profile on the wire. */
    record CompanyJson(
            String id,
            String legalName,
            String country,
            String registryCode,
            String naceSection,
            String naceDivision,

            @Schema(allowableValues = {"MICRO", "SMALL", "MEDIUM"})
            String sizeClass,

            @Nullable String region) {

        static CompanyJson of(CompanyProfile p) {
            return new CompanyJson(
                    p.id().toString(),
                    p.legalName(),
                    p.country().code(),
                    p.registryCode(),
                    p.sector().section(),
                    p.sector().division(),
                    p.size().name(),
                    p.region() == null ? null : p.region().code());
        }
    }

    private final CompanyService companies;

    CompanyApi(CompanyService companies) {
        this.companies = companies;
    }

    @GetMapping("/{id}")
    @Operation(summary = "A company's profile (only your own organisation's)")
    CompanyJson get(@PathVariable String id) {
        return CompanyJson.of(companies
                .findFor(CurrentPersons.required(), companyId(id))
                .orElseThrow(() -> new NotFound("error.company.not-found")));
    }

    @PutMapping("/{id}")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "Saved")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(
            responseCode = "409",
            description = "Another company is registered with this registry code (field registryCode)")
    @Operation(summary = "Change a company's profile")
    CompanyJson put(@PathVariable String id, @RequestBody CompanyForm form) {
        return CompanyJson.of(companies.update(CurrentPersons.required(), companyId(id), form));
    }

    static CompanyId companyId(String id) {
        CompanyId companyId = CompanyId.parse(id);
        if (companyId == null) {
            throw new NotFound("error.company.not-found");
        }
        return companyId;
    }
}
