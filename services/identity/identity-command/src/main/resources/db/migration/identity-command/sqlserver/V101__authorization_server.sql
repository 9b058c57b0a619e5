-- Spring Authorization Server's authorizations and consents (its oauth2-authorization-schema.sql and
-- oauth2-authorization-consent-schema.sql), so sign-ins survive restarts and are shared by replicas.
-- SQL Server has no blob and its 'timestamp' is a row version: nvarchar(max) and datetime2.
CREATE TABLE oauth2_authorization (
    id                            nvarchar(100)  NOT NULL,
    registered_client_id          nvarchar(100)  NOT NULL,
    principal_name                nvarchar(200)  NOT NULL,
    authorization_grant_type      nvarchar(100)  NOT NULL,
    authorized_scopes             nvarchar(1000) NULL,
    attributes                    nvarchar(max) NULL,
    state                         nvarchar(500)  NULL,
    authorization_code_value nvarchar(max) NULL,
    authorization_code_issued_at datetime2 NULL,
    authorization_code_expires_at datetime2 NULL,
    authorization_code_metadata nvarchar(max) NULL,
    access_token_value nvarchar(max) NULL,
    access_token_issued_at datetime2 NULL,
    access_token_expires_at datetime2 NULL,
    access_token_metadata nvarchar(max) NULL,
    access_token_type nvarchar(100) NULL,
    access_token_scopes nvarchar(1000) NULL,
    oidc_id_token_value nvarchar(max) NULL,
    oidc_id_token_issued_at datetime2 NULL,
    oidc_id_token_expires_at datetime2 NULL,
    oidc_id_token_metadata nvarchar(max) NULL,
    refresh_token_value nvarchar(max) NULL,
    refresh_token_issued_at datetime2 NULL,
    refresh_token_expires_at datetime2 NULL,
    refresh_token_metadata nvarchar(max) NULL,
    user_code_value nvarchar(max) NULL,
    user_code_issued_at datetime2 NULL,
    user_code_expires_at datetime2 NULL,
    user_code_metadata nvarchar(max) NULL,
    device_code_value nvarchar(max) NULL,
    device_code_issued_at datetime2 NULL,
    device_code_expires_at datetime2 NULL,
    device_code_metadata nvarchar(max) NULL,
    CONSTRAINT oauth2_authorization_pk PRIMARY KEY (id)
);

CREATE TABLE oauth2_authorization_consent (
    registered_client_id nvarchar(100)  NOT NULL,
    principal_name       nvarchar(200)  NOT NULL,
    authorities          nvarchar(1000) NOT NULL,
    CONSTRAINT oauth2_authorization_consent_pk PRIMARY KEY (registered_client_id, principal_name)
);
