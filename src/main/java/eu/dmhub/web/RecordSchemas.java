package eu.dmhub.web;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Says in the API description which fields of a request or answer are always there: every
 * component of a record on the wire is required unless it is marked {@link Nullable}, and a
 * nullable one may also be {@code null}. So the description follows the code, and
 * {@code ApiDescriptionTest} holds the code to it by checking real answers against it.
 */
class RecordSchemas implements ModelConverter {

    private static final String REF_PREFIX = "#/components/schemas/";

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema<?> resolved = chain.next().resolve(type, context, chain);
        JavaType javaType = Json.mapper().constructType(type.getType());
        Class<?> raw = javaType == null ? null : javaType.getRawClass();
        if (resolved == null || raw == null || !raw.isRecord()) {
            return resolved;
        }
        Schema<?> definition = definition(resolved, context.getDefinedModels());
        if (definition != null && definition.getProperties() != null) {
            describe(raw, definition);
        }
        return resolved;
    }

    private static Schema<?> definition(Schema<?> resolved, Map<String, Schema> defined) {
        String ref = resolved.get$ref();
        if (ref == null) {
            return resolved;
        }
        return defined.get(ref.startsWith(REF_PREFIX) ? ref.substring(REF_PREFIX.length()) : ref);
    }

    @SuppressWarnings("unchecked")
    private static void describe(Class<?> record, Schema<?> definition) {
        var required = new LinkedHashSet<String>();
        for (RecordComponent component : record.getRecordComponents()) {
            Schema<Object> property =
                    (Schema<Object>) definition.getProperties().get(component.getName());
            if (property == null) {
                continue;
            }
            if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                allowNull(property);
            } else {
                required.add(component.getName());
            }
            if (elementsMayBeNull(component) && property.getItems() != null) {
                allowNull((Schema<Object>) property.getItems());
            }
        }
        if (!required.isEmpty()) {
            definition.setRequired(new java.util.ArrayList<>(required));
        }
    }

    /** {@code List<@Nullable Double>}: the list is there, an element may be null. */
    private static boolean elementsMayBeNull(RecordComponent component) {
        return component.getAnnotatedType() instanceof AnnotatedParameterizedType list
                && list.getAnnotatedActualTypeArguments().length == 1
                && list.getAnnotatedActualTypeArguments()[0].isAnnotationPresent(Nullable.class);
    }

    private static void allowNull(Schema<Object> property) {
        if (property.get$ref() != null) {
            // a reference cannot take a sibling type: say "this, or null" around it
            Schema<Object> reference = new Schema<>().$ref(property.get$ref());
            property.set$ref(null);
            property.addOneOfItem(reference);
            property.addOneOfItem(new Schema<>().typesItem("null"));
            return;
        }
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            var values = new java.util.ArrayList<Object>(property.getEnum());
            values.add(null);
            property.setEnum(values);
        }
        if (property.getTypes() != null && !property.getTypes().isEmpty()) {
            property.addType("null");
        } else if (property.getType() != null) {
            property.addType(property.getType());
            property.addType("null");
        }
    }
}
