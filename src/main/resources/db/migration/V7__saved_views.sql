-- Named dashboard views (filter states) each user saved; one may be pinned as the user's start page.
CREATE SEQUENCE saved_view_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE saved_view (
    id         BIGINT        PRIMARY KEY,
    version    BIGINT        NOT NULL DEFAULT 0,
    username   VARCHAR(100)  NOT NULL,
    name       VARCHAR(100)  NOT NULL,
    query      VARCHAR(1000) NOT NULL,
    pinned     BOOLEAN       NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT saved_view_uq UNIQUE (username, name)
);
