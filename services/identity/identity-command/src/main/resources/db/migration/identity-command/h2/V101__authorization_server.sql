-- Spring Authorization Server's authorizations and consents (its oauth2-authorization-schema.sql and
-- oauth2-authorization-consent-schema.sql), so sign-ins survive restarts and are shared by replicas.
CREATE TABLE oauth2_authorization (
    id                            varchar(100)  NOT NULL,
    registered_client_id          varchar(100)  NOT NULL,
    principal_name                varchar(200)  NOT NULL,
    authorization_grant_type      varchar(100)  NOT NULL,
    authorized_scopes             varchar(1000) NULL,
    attributes                    blob NULL,
    state                         varchar(500)  NULL,
    authorization_code_value blob NULL,
    authorization_code_issued_at timestamp NULL,
    authorization_code_expires_at timestamp NULL,
    authorization_code_metadata blob NULL,
    access_token_value blob NULL,
    access_token_issued_at timestamp NULL,
    access_token_expires_at timestamp NULL,
    access_token_metadata blob NULL,
    access_token_type varchar(100) NULL,
    access_token_scopes varchar(1000) NULL,
    oidc_id_token_value blob NULL,
    oidc_id_token_issued_at timestamp NULL,
    oidc_id_token_expires_at timestamp NULL,
    oidc_id_token_metadata blob NULL,
    refresh_token_value blob NULL,
    refresh_token_issued_at timestamp NULL,
    refresh_token_expires_at timestamp NULL,
    refresh_token_metadata blob NULL,
    user_code_value blob NULL,
    user_code_issued_at timestamp NULL,
    user_code_expires_at timestamp NULL,
    user_code_metadata blob NULL,
    device_code_value blob NULL,
    device_code_issued_at timestamp NULL,
    device_code_expires_at timestamp NULL,
    device_code_metadata blob NULL,
    CONSTRAINT oauth2_authorization_pk PRIMARY KEY (id)
);

CREATE TABLE oauth2_authorization_consent (
    registered_client_id varchar(100)  NOT NULL,
    principal_name       varchar(200)  NOT NULL,
    authorities          varchar(1000) NOT NULL,
    CONSTRAINT oauth2_authorization_consent_pk PRIMARY KEY (registered_client_id, principal_name)
);
