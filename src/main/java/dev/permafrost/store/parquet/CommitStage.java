package dev.permafrost.store.parquet;

/** The steps of a commit, in order; tests stop a commit at each to check recovery. */
enum CommitStage {
    /** Every file of the commit is complete and forced to disk, still hidden. */
    FILES_WRITTEN,
    /** One dataset's commit log line is on disk (reported once per dataset). */
    LOGGED,
    /** One dataset's files are renamed into view (reported once per dataset). */
    PUBLISHED,
    /** The checkpoint file names this commit: the commit is complete. */
    CHECKPOINTED;

    /** Observes commit stages; may throw to simulate a crash at that point. */
    interface Hook {
        void reached(CommitStage stage, Dataset dataset);
    }
}
