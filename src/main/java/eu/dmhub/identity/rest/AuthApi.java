package eu.dmhub.identity.rest;

import eu.dmhub.identity.application.Registered;
import eu.dmhub.identity.application.Registration;
import eu.dmhub.identity.application.RegistrationService;
import eu.dmhub.identity.application.TokenService;
import eu.dmhub.identity.security.BearerTokenFilter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Sign-up and tokens")
class AuthApi {

    record TokenRequest(
            @Schema(example = "sme@demo.dmhub.eu") String email,
            @Schema(example = "demo-password") String password) {}

    record TokenResponse(
            String token,
            @Schema(allowableValues = "Bearer") String tokenType,
            Instant expiresAt) {}

    record RegisteredJson(String personId, String companyId) {}

    private final RegistrationService registrations;
    private final TokenService tokens;

    AuthApi(RegistrationService registrations, TokenService tokens) {
        this.registrations = registrations;
        this.tokens = tokens;
    }

    @PostMapping("/register")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "Registered")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(
            responseCode = "409",
            description =
                    "The e-mail address or the company's registry code is already registered (field email or company.registryCode)")
    @Operation(summary = "Register a person and their company; the person becomes the company's SME user")
    @ResponseStatus(HttpStatus.CREATED) // what the description says; the answer sets it too
    ResponseEntity<RegisteredJson> register(@RequestBody Registration registration) {
        Registered registered = registrations.register(registration);
        return ResponseEntity.created(URI.create("/api/v1/companies/" + registered.companyId()))
                .body(new RegisteredJson(
                        registered.personId().toString(), registered.companyId().toString()));
    }

    @PostMapping("/token")
    @Operation(summary = "Exchange e-mail and password for a bearer token")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "Signed in")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(
            responseCode = "401",
            description = "The e-mail address or the password is not right (field password)")
    TokenResponse token(@RequestBody TokenRequest request) {
        var issued = tokens.issue(request.email(), request.password());
        return new TokenResponse(issued.token(), "Bearer", issued.expiresAt());
    }

    @DeleteMapping("/token")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "204", description = "Revoked")
    @Operation(
            summary = "Revoke the bearer token this request carries",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<Void> revoke(HttpServletRequest request) {
        tokens.revoke(BearerTokenFilter.tokenOf(request));
        return ResponseEntity.noContent().build();
    }
}
