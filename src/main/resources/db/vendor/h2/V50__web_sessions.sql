-- Spring Session JDBC (its schema-h2.sql, table name ss_web_session): the webapps' login and CSRF token
-- live in the database, so whichever node behind the proxy serves a request knows the session.
CREATE TABLE ss_web_session (
	PRIMARY_ID CHAR(36) NOT NULL,
	SESSION_ID CHAR(36) NOT NULL,
	CREATION_TIME BIGINT NOT NULL,
	LAST_ACCESS_TIME BIGINT NOT NULL,
	MAX_INACTIVE_INTERVAL INT NOT NULL,
	EXPIRY_TIME BIGINT NOT NULL,
	PRINCIPAL_NAME VARCHAR(100),
	CONSTRAINT ss_web_session_PK PRIMARY KEY (PRIMARY_ID)
);

CREATE UNIQUE INDEX ss_web_session_IX1 ON ss_web_session (SESSION_ID);
CREATE INDEX ss_web_session_IX2 ON ss_web_session (EXPIRY_TIME);
CREATE INDEX ss_web_session_IX3 ON ss_web_session (PRINCIPAL_NAME);

CREATE TABLE ss_web_session_attributes (
	SESSION_PRIMARY_ID CHAR(36) NOT NULL,
	ATTRIBUTE_NAME VARCHAR(200) NOT NULL,
	ATTRIBUTE_BYTES LONGVARBINARY NOT NULL,
	CONSTRAINT ss_web_session_attributes_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
	CONSTRAINT ss_web_session_attributes_FK FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES ss_web_session(PRIMARY_ID) ON DELETE CASCADE
);
