-- The Supply Chain Center's two spaces: manufacturers' own accounts (a supplier's people, a buyer's people), the
-- invitations that open them, requests buyers submit themselves and the interest suppliers show in requests.
-- Check constraints are widened by rebuilding their columns (the originals have generated names, different on H2
-- and PostgreSQL).
DROP INDEX organization_kind_name_idx;
ALTER TABLE organization ADD COLUMN organization_kind VARCHAR(30);
UPDATE organization SET organization_kind = kind;
ALTER TABLE organization DROP COLUMN kind;
ALTER TABLE organization RENAME COLUMN organization_kind TO kind;
ALTER TABLE organization ALTER COLUMN kind SET NOT NULL;
ALTER TABLE organization ADD CONSTRAINT organization_kind_ck CHECK (kind IN ('PARTNER', 'COMMUNITY_ORGANIZATION',
    'TRAINING_PROVIDER', 'EMPLOYER', 'BUYER', 'SUPPLIER'));
CREATE INDEX organization_kind_name_idx ON organization (kind, name);

ALTER TABLE app_user ADD COLUMN user_role VARCHAR(30);
UPDATE app_user SET user_role = role;
ALTER TABLE app_user DROP COLUMN role;
ALTER TABLE app_user RENAME COLUMN user_role TO role;
ALTER TABLE app_user ALTER COLUMN role SET NOT NULL;
ALTER TABLE app_user ADD CONSTRAINT app_user_role_ck CHECK (role IN ('ADMIN', 'CAMPAIGN_STAFF', 'CBO_STAFF',
    'SUPPLY_CHAIN_STAFF', 'RESEARCH_EDITOR', 'EXECUTIVE', 'SUPPLIER', 'BUYER'));
-- where the app writes to the person (invitations, notices); staff accounts made before may have none
ALTER TABLE app_user ADD COLUMN email VARCHAR(320);

-- a supplier's company as an organization, made when staff first invite one of its people
ALTER TABLE supplier ADD COLUMN organization_id BIGINT REFERENCES organization (id);
CREATE UNIQUE INDEX supplier_organization_uq ON supplier (organization_id);

-- A one-time link to set a password: only its hash is kept; it expires and opens once.
CREATE SEQUENCE account_invitation_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE account_invitation (
    id              BIGINT       PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    token_hash      VARCHAR(64)  NOT NULL UNIQUE,
    email           VARCHAR(320) NOT NULL,
    display_name    VARCHAR(150) NOT NULL,
    role            VARCHAR(30)  NOT NULL CHECK (role IN ('SUPPLIER', 'BUYER')),
    organization_id BIGINT       NOT NULL REFERENCES organization (id),
    language        VARCHAR(16)  NOT NULL,
    invited_by      VARCHAR(100) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_at     TIMESTAMP WITH TIME ZONE,
    revoked_at      TIMESTAMP WITH TIME ZONE,
    username        VARCHAR(100)
);
CREATE INDEX account_invitation_organization_idx ON account_invitation (organization_id);

-- who entered a request (staff for a buyer, or the buyer itself) and whether suppliers may see the buyer's name
ALTER TABLE sourcing_request ADD COLUMN origin VARCHAR(10) DEFAULT 'STAFF' NOT NULL;
ALTER TABLE sourcing_request ADD CONSTRAINT sourcing_request_origin_ck CHECK (origin IN ('STAFF', 'BUYER'));
ALTER TABLE sourcing_request ADD COLUMN buyer_name_shown BOOLEAN DEFAULT FALSE NOT NULL;

-- A supplier saying it is interested in an open request, with a short note.
CREATE SEQUENCE supplier_interest_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE supplier_interest (
    id                  BIGINT        PRIMARY KEY,
    version             BIGINT        NOT NULL DEFAULT 0,
    sourcing_request_id BIGINT        NOT NULL REFERENCES sourcing_request (id),
    supplier_id         BIGINT        NOT NULL REFERENCES supplier (id),
    note                VARCHAR(1000),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    seen_by_staff       BOOLEAN       DEFAULT FALSE NOT NULL,
    CONSTRAINT supplier_interest_uq UNIQUE (sourcing_request_id, supplier_id)
);
CREATE INDEX supplier_interest_supplier_idx ON supplier_interest (supplier_id);

-- a supplier's own profile changes join its history
ALTER TABLE supplier_decision ADD COLUMN decision_kind VARCHAR(20);
UPDATE supplier_decision SET decision_kind = decision;
ALTER TABLE supplier_decision DROP COLUMN decision;
ALTER TABLE supplier_decision RENAME COLUMN decision_kind TO decision;
ALTER TABLE supplier_decision ALTER COLUMN decision SET NOT NULL;
ALTER TABLE supplier_decision ADD CONSTRAINT supplier_decision_kind_ck CHECK (decision IN ('REGISTERED', 'APPROVED',
    'REJECTED', 'MERGED', 'MERGED_IN', 'PROFILE_UPDATED'));

-- when staff introduced the supplier to the buyer: the supplier space shows introductions and their outcome only
ALTER TABLE supplier_match ADD COLUMN introduced_on DATE;
UPDATE supplier_match SET introduced_on = updated_on WHERE status IN ('INTRODUCED', 'AWARDED');
