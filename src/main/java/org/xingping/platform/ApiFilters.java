package org.xingping.platform;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The API's filters read strictly: a value the API does not know is refused with the values it
 * does know (400), never taken as "no filter", so a typo does not quietly return everything.
 */
public final class ApiFilters {

    private ApiFilters() {
    }

    /** The constant an optional enum filter names, or empty when the filter is absent. */
    public static <E extends Enum<E>> Optional<E> enumValue(String filter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(value.strip()))
                .findFirst().or(() -> {
                    throw unknown(filter, value, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
                });
    }

    /** The value of an optional filter that must be one of the known values. */
    public static Optional<String> oneOf(String filter, String value, Collection<String> known) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (!known.contains(value.strip())) {
            throw unknown(filter, value, known);
        }
        return Optional.of(value.strip());
    }

    /**
     * A filter that names something by its code (a unit, say): the lookup's "not found" becomes
     * a refused filter; its "outside your scope" stays a 403.
     */
    public static <T> Optional<T> named(String filter, String code, Supplier<T> lookup) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(lookup.get());
        } catch (NotFound unknown) {
            throw new Refused("api.filter.unknownCode", filter, code.strip());
        }
    }

    public static Refused unknown(String filter, String value, Collection<String> known) {
        return new Refused("api.filter.unknown", filter, value.strip(),
                known.stream().collect(Collectors.joining(", ")));
    }
}
