-- Articles as ingested: the original text is kept so the whole store can be re-extracted.
CREATE TABLE articles (
    id           TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    title        TEXT,
    text         TEXT NOT NULL,
    lang         TEXT,
    published    TEXT,
    url          TEXT,
    source       TEXT,
    origin       TEXT,
    language     TEXT NOT NULL,
    extractor    TEXT NOT NULL,
    folded       TEXT NOT NULL,
    ingested_at  TEXT NOT NULL
);
CREATE INDEX articles_content_hash ON articles (content_hash);

-- One row per extracted event; "record" is the whole EventRecord as JSON, the columns are for filtering.
CREATE TABLE events (
    article_id     TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal        INTEGER NOT NULL,
    event_type     TEXT NOT NULL,
    sub_event_type TEXT NOT NULL,
    event_date     TEXT,
    country        TEXT,
    admin1         TEXT,
    admin2         TEXT,
    latitude       REAL,
    longitude      REAL,
    actors         TEXT NOT NULL,
    folded         TEXT NOT NULL,
    record         TEXT NOT NULL,
    PRIMARY KEY (article_id, ordinal)
) WITHOUT ROWID;
CREATE INDEX events_type_date ON events (event_type, event_date);

CREATE TABLE relations (
    article_id     TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal        INTEGER NOT NULL,
    subject        TEXT NOT NULL,
    predicate      TEXT NOT NULL,
    object         TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    confidence     REAL NOT NULL,
    PRIMARY KEY (article_id, ordinal)
) WITHOUT ROWID;

-- Incidents: every stored event belongs to exactly one cluster (a single report is a cluster of one).
CREATE TABLE clusters (
    id             TEXT PRIMARY KEY,
    event_type     TEXT NOT NULL,
    sub_event_type TEXT NOT NULL,
    event_date     TEXT,
    country        TEXT,
    admin1         TEXT,
    actors         TEXT NOT NULL,
    folded         TEXT NOT NULL,
    source_count   INTEGER NOT NULL,
    record         TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX clusters_event_date ON clusters (event_date);

CREATE TABLE cluster_sources (
    cluster_id TEXT NOT NULL REFERENCES clusters (id) ON DELETE CASCADE,
    article_id TEXT NOT NULL,
    ordinal    INTEGER NOT NULL,
    source     TEXT NOT NULL,
    PRIMARY KEY (article_id, ordinal)
) WITHOUT ROWID;
CREATE INDEX cluster_sources_cluster ON cluster_sources (cluster_id);
CREATE INDEX events_admin2 ON events (admin2);
