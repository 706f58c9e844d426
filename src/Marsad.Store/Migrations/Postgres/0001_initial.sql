-- The PostgreSQL schema of Migrations/0001_initial.sql (SQLite): the same tables and columns, so the
-- store's SQL is the same on both engines. Text is COLLATE "C" (bytewise, as SQLite compares), so ids
-- and ISO dates sort as they do in a SQLite store and lower() folds ASCII letters only, as NOCASE does.

-- Articles as ingested: the original text is kept so the whole store can be re-extracted.
CREATE TABLE articles (
    id           text COLLATE "C" PRIMARY KEY,
    content_hash text COLLATE "C" NOT NULL,
    title        text COLLATE "C",
    text         text COLLATE "C" NOT NULL,
    lang         text COLLATE "C",
    published    text COLLATE "C",
    url          text COLLATE "C",
    source       text COLLATE "C",
    origin       text COLLATE "C",
    language     text COLLATE "C" NOT NULL,
    extractor    text COLLATE "C" NOT NULL,
    folded       text COLLATE "C" NOT NULL,
    ingested_at  text COLLATE "C" NOT NULL
);
CREATE INDEX articles_content_hash ON articles (content_hash);

-- One row per extracted event; "record" is the whole EventRecord as JSON, the columns are for filtering.
CREATE TABLE events (
    article_id     text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal        integer NOT NULL,
    event_type     text COLLATE "C" NOT NULL,
    sub_event_type text COLLATE "C" NOT NULL,
    event_date     text COLLATE "C",
    country        text COLLATE "C",
    admin1         text COLLATE "C",
    admin2         text COLLATE "C",
    latitude       double precision,
    longitude      double precision,
    actors         text COLLATE "C" NOT NULL,
    folded         text COLLATE "C" NOT NULL,
    record         text COLLATE "C" NOT NULL,
    PRIMARY KEY (article_id, ordinal)
);
CREATE INDEX events_type_date ON events (event_type, event_date);
CREATE INDEX events_admin2 ON events (lower(admin2));

CREATE TABLE relations (
    article_id     text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal        integer NOT NULL,
    subject        text COLLATE "C" NOT NULL,
    predicate      text COLLATE "C" NOT NULL,
    object         text COLLATE "C" NOT NULL,
    evidence_start integer NOT NULL,
    evidence_end   integer NOT NULL,
    confidence     double precision NOT NULL,
    PRIMARY KEY (article_id, ordinal)
);

-- Incidents: every stored event belongs to exactly one cluster (a single report is a cluster of one).
CREATE TABLE clusters (
    id             text COLLATE "C" PRIMARY KEY,
    event_type     text COLLATE "C" NOT NULL,
    sub_event_type text COLLATE "C" NOT NULL,
    event_date     text COLLATE "C",
    country        text COLLATE "C",
    admin1         text COLLATE "C",
    actors         text COLLATE "C" NOT NULL,
    folded         text COLLATE "C" NOT NULL,
    source_count   integer NOT NULL,
    record         text COLLATE "C" NOT NULL,
    updated_at     text COLLATE "C" NOT NULL
);
CREATE INDEX clusters_event_date ON clusters (event_date);

CREATE TABLE cluster_sources (
    cluster_id text COLLATE "C" NOT NULL REFERENCES clusters (id) ON DELETE CASCADE,
    article_id text COLLATE "C" NOT NULL,
    ordinal    integer NOT NULL,
    source     text COLLATE "C" NOT NULL,
    PRIMARY KEY (article_id, ordinal)
);
CREATE INDEX cluster_sources_cluster ON cluster_sources (cluster_id);

-- Bumped by every write transaction before it commits: a long-lived reader (marsad serve) compares
-- it to know when what it holds is stale (SQLite's data_version does this for a file).
CREATE TABLE marsad_changes (version bigint NOT NULL);
INSERT INTO marsad_changes VALUES (0);
