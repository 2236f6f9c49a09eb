package dev.permafrost.model;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** Copies an entity record with its {@code raw} component replaced; built once per record type. */
final class RecordCopier {
    private final MethodHandle[] accessors;
    private final MethodHandle constructor;
    private final int rawIndex;

    private RecordCopier(MethodHandle[] accessors, MethodHandle constructor, int rawIndex) {
        this.accessors = accessors;
        this.constructor = constructor;
        this.rawIndex = rawIndex;
    }

    static RecordCopier of(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        MethodHandle[] accessors = new MethodHandle[components.length];
        Class<?>[] types = new Class<?>[components.length];
        int rawIndex = -1;
        try {
            for (int i = 0; i < components.length; i++) {
                accessors[i] = lookup.unreflect(components[i].getAccessor());
                types[i] = components[i].getType();
                if (components[i].getName().equals("raw") && types[i] == String.class) {
                    rawIndex = i;
                }
            }
            if (rawIndex < 0) {
                throw new IllegalStateException(type.getName() + " is an Entity without a String raw component");
            }
            MethodHandle constructor = lookup.unreflectConstructor(type.getDeclaredConstructor(types))
                    .asSpreader(Object[].class, components.length);
            return new RecordCopier(accessors, constructor, rawIndex);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy record " + type.getName(), e);
        }
    }

    Object withRaw(Object record, String raw) {
        try {
            Object[] values = new Object[accessors.length];
            for (int i = 0; i < accessors.length; i++) {
                values[i] = i == rawIndex ? raw : accessors[i].invoke(record);
            }
            return constructor.invoke(values);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot copy " + record.getClass().getName()
                    + " with its raw JSON: " + Arrays.toString(accessors), e);
        }
    }
}
