package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/** A breakdown of the server by some key ({@code POST /api/v1/admin/dimensions}): languages, sources, space usage... */
public record AdminDimension(String key, List<Data> data, @JsonIgnore String raw) implements Entity {

    public AdminDimension {
        data = data == null ? List.of() : List.copyOf(data);
    }

    /** One row of the breakdown; {@code value} is a number as a string. */
    public record Data(String key, String humanKey, String value, String unit, String humanValue) {}
}
