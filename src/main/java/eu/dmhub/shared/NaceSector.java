package eu.dmhub.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A NACE Rev. 2 division (two digits) and the section (one letter) it belongs to. */
public record NaceSector(String section, String division) {

    private static final Map<String, String> SECTION_OF_DIVISION = load();

    public NaceSector {
        Objects.requireNonNull(division, "division");
        if (!Objects.equals(SECTION_OF_DIVISION.get(division), section)) {
            throw new IllegalArgumentException("Not a NACE Rev. 2 division of section " + section + ": " + division);
        }
    }

    /** The sector of a division code such as {@code "25"}; {@code null} when there is no such division. */
    public static NaceSector ofDivision(String division) {
        if (division == null) {
            return null;
        }
        String code = division.trim();
        String section = SECTION_OF_DIVISION.get(code);
        return section == null ? null : new NaceSector(section, code);
    }

    public static List<NaceSector> all() {
        return SECTION_OF_DIVISION.entrySet().stream()
                .map(e -> new NaceSector(e.getValue(), e.getKey()))
                .toList();
    }

    public static List<String> sections() {
        return SECTION_OF_DIVISION.values().stream().distinct().toList();
    }

    @Override
    public String toString() {
        return section + division;
    }

    private static Map<String, String> load() {
        var map = new LinkedHashMap<String, String>();
        try (var in = NaceSector.class.getResourceAsStream("/reference/nace-rev2.csv")) {
            if (in == null) {
                throw new IllegalStateException("reference/nace-rev2.csv is missing from the classpath");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
                String[] parts = line.split(",");
                map.put(parts[0].trim(), parts[1].trim());
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(map);
    }
}
