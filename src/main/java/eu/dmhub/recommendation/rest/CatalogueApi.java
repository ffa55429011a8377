package eu.dmhub.recommendation.rest;

import eu.dmhub.identity.CurrentPersons;
import eu.dmhub.recommendation.application.CatalogueEditing;
import eu.dmhub.recommendation.application.CatalogueEditing.Saved;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/catalogue/entries")
@Tag(name = "Recommendation catalogue")
class CatalogueApi {

    /**
     * Checked here rather than with {@code consumes}: a request refused while a handler is being
     * chosen would not reach the API's problem details, and every API error is problem details.
     */
    private static final List<MediaType> YAML = List.of(
            MediaType.APPLICATION_YAML,
            MediaType.parseMediaType("application/x-yaml"),
            MediaType.parseMediaType("text/yaml"));

    private final CatalogueEditing editing;

    CatalogueApi(CatalogueEditing editing) {
        this.editing = editing;
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "A catalogue entry as it is in effect, withdrawn or not, with its YAML for editing;"
                    + " the toolbox is public, so is this")
    EntryJson get(@PathVariable String id) {
        return EntryJson.of(editing.listed(id), editing.yaml(id));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Save an entry (one entry of a catalogue file, docs/catalogue.md) as a new revision, or add"
                    + " it under an unused id; checked like the files, each problem naming entry, place and reason;"
                    + " administrators only",
            security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "200", description = "Saved as the entry's next revision")
    @ApiResponse(responseCode = "201", description = "Added under an unused id; Location names it")
    ResponseEntity<EntryJson> put(
            @PathVariable String id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = {
                                @Content(mediaType = "application/yaml", schema = @Schema(type = "string")),
                                @Content(mediaType = "application/x-yaml", schema = @Schema(type = "string")),
                                @Content(mediaType = "text/yaml", schema = @Schema(type = "string"))
                            })
                    @RequestBody(required = false)
                    byte[] content,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false)
                    MediaType contentType,
            @Parameter(description = "withdraw (true) or restore (false) the entry; left out, its state stays")
                    @RequestParam(required = false)
                    Boolean withdrawn)
            throws HttpMediaTypeNotSupportedException {
        if (contentType == null || YAML.stream().noneMatch(contentType::equalsTypeAndSubtype)) {
            throw new HttpMediaTypeNotSupportedException(contentType, YAML, HttpMethod.PUT);
        }
        String yaml = content == null ? "" : new String(content, StandardCharsets.UTF_8);
        Saved saved = editing.save(id, yaml, withdrawn, null, CurrentPersons.required());
        EntryJson body = get(id);
        return saved.created()
                ? ResponseEntity.created(URI.create("/api/v1/catalogue/entries/" + id))
                        .body(body)
                : ResponseEntity.ok(body);
    }
}
