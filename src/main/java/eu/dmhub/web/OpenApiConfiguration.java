package eu.dmhub.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    ApiDescription apiDescription() {
        return new ApiDescription();
    }

    @Bean
    RecordSchemas recordSchemas() {
        return new RecordSchemas();
    }

    @Bean
    OpenAPI digitalMaturityHubApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Digital Maturity Hub API")
                        .version("v1")
                        .description("""
                                Everything the pages do. Get a token with POST /api/v1/auth/token and send it as \
                                `Authorization: Bearer <token>`. Errors are RFC 9457 problem details \
                                (application/problem+json) whose `errors` list names each offending field. Another \
                                organisation's data answers 404. Texts follow Accept-Language (en, et, lv, lt, pl, fi, sv, de, da, nb).""")
                        .license(new License().name("EUPL-1.2").identifier("EUPL-1.2")))
                // relative: the description holds for whichever instance serves it
                .servers(List.of(new Server().url("/").description("This instance")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A token from POST /api/v1/auth/token")));
    }
}
