-- The co-branded newsletter: subscribers (double opt-in, or imported with recorded consent), issues composed from
-- blocks, the editions frozen when an issue is sent (its public web version), and one delivery per recipient.
CREATE SEQUENCE newsletter_subscriber_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE newsletter_subscriber (
    id                  BIGINT       PRIMARY KEY,
    version             BIGINT       NOT NULL DEFAULT 0,
    email               VARCHAR(254) NOT NULL UNIQUE,
    language            VARCHAR(10)  NOT NULL,
    status              VARCHAR(20)  NOT NULL CHECK (status IN ('PENDING', 'ACTIVE', 'UNSUBSCRIBED')),
    source              VARCHAR(30)  NOT NULL CHECK (source IN ('SIGN_UP', 'SUPPLIER_REGISTRATION', 'IMPORT')),
    consent             VARCHAR(300),
    confirm_token_hash  VARCHAR(64)  UNIQUE,
    confirm_sent_at     TIMESTAMP WITH TIME ZONE,
    requested_from      VARCHAR(64),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at        TIMESTAMP WITH TIME ZONE,
    unsubscribed_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX newsletter_subscriber_status_idx ON newsletter_subscriber (status);
CREATE INDEX newsletter_subscriber_requested_idx ON newsletter_subscriber (requested_from, confirm_sent_at);

CREATE SEQUENCE newsletter_issue_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE newsletter_issue (
    id                   BIGINT        PRIMARY KEY,
    version              BIGINT        NOT NULL DEFAULT 0,
    number               INTEGER       UNIQUE,
    title_en             VARCHAR(200)  NOT NULL,
    title_es             VARCHAR(200),
    note_en              VARCHAR(4000),
    note_es              VARCHAR(4000),
    with_campaign        BOOLEAN       NOT NULL,
    with_supply_chain    BOOLEAN       NOT NULL,
    with_events          BOOLEAN       NOT NULL,
    status               VARCHAR(20)   NOT NULL CHECK (status IN ('DRAFT', 'SENDING', 'SENT')),
    link_base            VARCHAR(500),
    updated_by           VARCHAR(100)  NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at              TIMESTAMP WITH TIME ZONE
);

CREATE TABLE newsletter_issue_brief (
    issue_id        BIGINT      NOT NULL REFERENCES newsletter_issue (id) ON DELETE CASCADE,
    position        INTEGER     NOT NULL,
    subsector_code  VARCHAR(10) NOT NULL,
    area_fips       VARCHAR(10) NOT NULL,
    quarter_year    INTEGER,
    quarter         INTEGER,
    PRIMARY KEY (issue_id, position)
);

-- What recipients got, per language, kept as sent: the web version and the archive never change afterwards
CREATE TABLE newsletter_edition (
    issue_id    BIGINT       NOT NULL REFERENCES newsletter_issue (id) ON DELETE CASCADE,
    language    VARCHAR(10)  NOT NULL,
    subject     VARCHAR(300) NOT NULL,
    html        VARCHAR(1000000) NOT NULL,
    web_html    VARCHAR(1000000) NOT NULL,
    text_body   VARCHAR(1000000) NOT NULL,
    pdf         BYTEA        NOT NULL,
    PRIMARY KEY (issue_id, language)
);

CREATE TABLE newsletter_image (
    issue_id    BIGINT       NOT NULL REFERENCES newsletter_issue (id) ON DELETE CASCADE,
    language    VARCHAR(10)  NOT NULL,
    name        VARCHAR(40)  NOT NULL,
    png         BYTEA        NOT NULL,
    PRIMARY KEY (issue_id, language, name)
);

-- One row per recipient of an issue: claimed before the message leaves, so a restart never sends it twice
CREATE SEQUENCE newsletter_delivery_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE newsletter_delivery (
    id              BIGINT       PRIMARY KEY,
    issue_id        BIGINT       NOT NULL REFERENCES newsletter_issue (id) ON DELETE CASCADE,
    subscriber_id   BIGINT       NOT NULL REFERENCES newsletter_subscriber (id),
    status          VARCHAR(20)  NOT NULL CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'UNSUBSCRIBED')),
    token_hash      VARCHAR(64)  UNIQUE,
    error           VARCHAR(500),
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT newsletter_delivery_once UNIQUE (issue_id, subscriber_id)
);
CREATE INDEX newsletter_delivery_issue_status_idx ON newsletter_delivery (issue_id, status);
