-- Runs once, on the first start of an empty data volume
-- (/docker-entrypoint-initdb.d). One database + owner role per service.
-- LOCAL DEVELOPMENT ONLY: each password equals the role name.
CREATE ROLE content LOGIN PASSWORD 'content';
CREATE DATABASE content OWNER content;
REVOKE ALL ON DATABASE content FROM PUBLIC;

CREATE ROLE schedule LOGIN PASSWORD 'schedule';
CREATE DATABASE schedule OWNER schedule;
REVOKE ALL ON DATABASE schedule FROM PUBLIC;

CREATE ROLE analytics LOGIN PASSWORD 'analytics';
CREATE DATABASE analytics OWNER analytics;
REVOKE ALL ON DATABASE analytics FROM PUBLIC;

CREATE ROLE community LOGIN PASSWORD 'community';
CREATE DATABASE community OWNER community;
REVOKE ALL ON DATABASE community FROM PUBLIC;
