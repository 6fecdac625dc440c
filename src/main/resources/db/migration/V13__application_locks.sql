-- Named locks for one-time steps that two requests (or, later, two servers) must not both take: a transaction that
-- does such a step first locks its row here.
CREATE TABLE app_lock (
    name VARCHAR(60) PRIMARY KEY
);
INSERT INTO app_lock (name) VALUES ('first-administrator');
