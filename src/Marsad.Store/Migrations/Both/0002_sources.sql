-- Portable SQL: the same script migrates a SQLite store and a PostgreSQL one.
-- Watched feeds and pages (`marsad watch`): the validators of the last version fetched, and each source's health.
CREATE TABLE sources (
    url                  TEXT PRIMARY KEY,
    etag                 TEXT,
    last_modified        TEXT,
    last_poll            TEXT,
    last_success         TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    next_poll            TEXT,
    items_ingested       INTEGER NOT NULL DEFAULT 0,
    last_error           TEXT
);

-- Every feed item a watcher has taken up, by its id or link: claimed while its page is fetched and
-- ingested (until claimed_until, after which another watcher may take it over), then done for good.
CREATE TABLE source_items (
    item_key      TEXT PRIMARY KEY,
    source_url    TEXT NOT NULL,
    done          INTEGER NOT NULL DEFAULT 0,
    claimed_until TEXT,
    attempts      INTEGER NOT NULL DEFAULT 0,
    first_seen    TEXT NOT NULL,
    done_at       TEXT,
    error         TEXT
);
CREATE INDEX source_items_source ON source_items (source_url);
