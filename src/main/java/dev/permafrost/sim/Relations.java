package dev.permafrost.sim;

import java.util.HashMap;
import java.util.Map;

/**
 * One collection of hidden relation records (favourites, follows, blocks, list members...): each
 * record has its own sequential ID, which is the cursor in Link headers, and points at a target row
 * (a status, an account, a tag or a domain). Not thread-safe: the {@link World}'s lock guards it.
 */
final class Relations {
    private final IdIndex byId = new IdIndex();
    private final Map<Integer, Long> idByTarget = new HashMap<>();
    private long nextId;

    Relations(long firstId) {
        this.nextId = firstId;
    }

    /** Adds a relation to the target unless it exists; returns the relation's ID. */
    long add(int target) {
        Long existing = idByTarget.get(target);
        if (existing != null) {
            return existing;
        }
        long id = nextId++;
        byId.put(id, target);
        idByTarget.put(target, id);
        return id;
    }

    boolean remove(int target) {
        Long id = idByTarget.remove(target);
        if (id == null) {
            return false;
        }
        byId.remove(id);
        return true;
    }

    boolean contains(int target) {
        return idByTarget.containsKey(target);
    }

    int size() {
        return byId.size();
    }

    IdIndex index() {
        return byId;
    }
}
