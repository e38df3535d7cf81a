package be.antwerpen.lom.model.reference;

import be.antwerpen.lom.model.location.BelgianPublicHolidays;
import be.antwerpen.lom.model.location.Closure;
import be.antwerpen.lom.model.json.WireJson;
import be.antwerpen.lom.model.validation.DomainValidationException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a reference data set from JSON, checks it and merges in the Belgian public holidays it asks
 * for.
 *
 * <p>The file is the wire shape of {@link ReferenceData} plus one optional field,
 * {@code "publicHolidays": {"fromYear": 2026, "toYear": 2028}}, which adds the public holidays of
 * those years (computed by {@link BelgianPublicHolidays}) as closures of every location. Unknown
 * fields are rejected, so a misspelt field does not silently fall back to a default. Every problem
 * is reported as a {@link ReferenceDataException} whose message names the entry, e.g.
 * {@code products[3] (code EID_APPLY): durationMinutes must be a multiple of slotMinutes (10), was 25}.
 *
 * <p>What the server sends to desks ({@link ReferenceData} written with {@link WireJson}) can be
 * read back by this loader too.
 */
public final class ReferenceDataLoader {

    /** Classpath location of the shipped Antwerp example set. */
    public static final String ANTWERP_EXAMPLE_RESOURCE = "/reference/antwerp-example.json";

    private static final String PUBLIC_HOLIDAYS = "publicHolidays";

    private final ObjectMapper mapper;

    public ReferenceDataLoader() {
        this.mapper = WireJson.newMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /** The shipped Antwerp example set (example data an administrator replaces). */
    public static ReferenceData antwerpExample() {
        return new ReferenceDataLoader().fromClasspath(ANTWERP_EXAMPLE_RESOURCE);
    }

    /** Loads from a classpath resource, e.g. {@code /reference/antwerp-example.json}. */
    public ReferenceData fromClasspath(String resourceName) {
        String absolute = resourceName.startsWith("/") ? resourceName : "/" + resourceName;
        try (InputStream in = ReferenceDataLoader.class.getResourceAsStream(absolute)) {
            if (in == null) {
                throw new ReferenceDataException(null, "reference data resource not found: " + absolute);
            }
            return fromStream(in);
        } catch (IOException e) {
            throw new ReferenceDataException(null, "cannot read reference data resource " + absolute, e);
        }
    }

    /** Loads from a file. */
    public ReferenceData fromFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return fromStream(in);
        } catch (IOException e) {
            throw new ReferenceDataException(null, "cannot read reference data file " + file + " ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** Loads from a stream of JSON (UTF-8); the stream is read to its end but not closed. */
    public ReferenceData fromStream(InputStream in) {
        JsonNode tree = readTree(in);
        if (!(tree instanceof ObjectNode root)) {
            throw new ReferenceDataException(null, "reference data must be a JSON object");
        }
        List<Closure> holidays = publicHolidays(root.remove(PUBLIC_HOLIDAYS));
        ReferenceData data = bind(root);
        ReferenceDataRules.checkConsistency(data);
        ReferenceData merged = data.withClosures(merge(data.closures(), holidays));
        ReferenceDataRules.checkOpeningPolicy(merged);
        return merged;
    }

    private JsonNode readTree(InputStream in) {
        try {
            JsonNode tree = mapper.readTree(in);
            if (tree == null || tree.isMissingNode()) {
                throw new ReferenceDataException(null, "reference data is empty");
            }
            return tree;
        } catch (StreamReadException e) {
            throw new ReferenceDataException(null, "reference data is not valid JSON"
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr())
                    + ": " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new ReferenceDataException(null, "reference data is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ReferenceDataException(null, "cannot read reference data (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private ReferenceData bind(ObjectNode root) {
        try {
            return mapper.treeToValue(root, ReferenceData.class);
        } catch (JsonMappingException e) {
            throw new ReferenceDataException(entry(root, e), problem(e), e);
        } catch (JsonProcessingException e) {
            throw new ReferenceDataException(null, e.getOriginalMessage(), e);
        } catch (DomainValidationException e) {
            throw new ReferenceDataException(null, e.getMessage(), e);
        }
    }

    private static List<Closure> publicHolidays(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        JsonNode from = node.get("fromYear");
        JsonNode to = node.get("toYear");
        if (!node.isObject() || from == null || to == null || !from.isInt() || !to.isInt() || node.size() != 2) {
            throw new ReferenceDataException(PUBLIC_HOLIDAYS,
                    "must be an object with integer fields fromYear and toYear, e.g. {\"fromYear\": 2026, \"toYear\": 2028}");
        }
        try {
            return BelgianPublicHolidays.closuresFor(from.intValue(), to.intValue());
        } catch (DomainValidationException e) {
            throw new ReferenceDataException(PUBLIC_HOLIDAYS, e.getMessage(), e);
        }
    }

    private static List<Closure> merge(List<Closure> given, List<Closure> holidays) {
        Set<Closure> all = new LinkedHashSet<>(given);
        all.addAll(holidays);
        List<Closure> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing(Closure::from)
                .thenComparing(Closure::to)
                .thenComparing(Closure::locationId, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Closure::reason)
                .thenComparing(Closure::description));
        return sorted;
    }

    /** The path of the failing entry, with the identifying field of each list element. */
    private static String entry(JsonNode root, JsonMappingException e) {
        List<JsonMappingException.Reference> path = new ArrayList<>(e.getPath());
        if ((e instanceof UnrecognizedPropertyException || isMissingValue(e)) && !path.isEmpty()
                && path.get(path.size() - 1).getFieldName() != null) {
            path.remove(path.size() - 1);
        }
        StringBuilder entry = new StringBuilder();
        JsonNode node = root;
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (entry.length() > 0) {
                    entry.append('.');
                }
                entry.append(reference.getFieldName());
                node = node == null ? null : node.get(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                entry.append('[').append(reference.getIndex()).append(']');
                node = node == null ? null : node.get(reference.getIndex());
                entry.append(identity(node));
            }
        }
        return entry.toString();
    }

    private static String identity(JsonNode element) {
        if (element == null || !element.isObject()) {
            return "";
        }
        for (String key : List.of("code", "id", "locationId")) {
            JsonNode value = element.get(key);
            if (value != null && value.isTextual()) {
                return " (" + key + " " + value.asText() + ")";
            }
        }
        return "";
    }

    /** A number or flag that is missing or {@code null} (Jackson reports it as a {@code null} it cannot map). */
    private static boolean isMissingValue(JsonMappingException e) {
        return e instanceof MismatchedInputException && e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith("Cannot map `null` into type");
    }

    private static String problem(JsonMappingException e) {
        Throwable cause = e.getCause();
        while (cause != null) {
            if (cause instanceof DomainValidationException invalid) {
                return invalid.getMessage();
            }
            cause = cause.getCause();
        }
        if (isMissingValue(e) && !e.getPath().isEmpty()) {
            return e.getPath().get(e.getPath().size() - 1).getFieldName() + " is required";
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'";
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            Class<?> type = invalid.getTargetType();
            String expected = type.isEnum()
                    ? "one of " + Arrays.toString(type.getEnumConstants())
                    : "a valid " + type.getSimpleName();
            return "'" + invalid.getValue() + "' is not " + expected;
        }
        return e.getOriginalMessage();
    }
}
