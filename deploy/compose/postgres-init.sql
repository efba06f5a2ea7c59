-- One database per service, owned by the stack's user (pg_trgm is created by the services' first migrations)
CREATE DATABASE partner OWNER tca;
CREATE DATABASE bid OWNER tca;
CREATE DATABASE scoring OWNER tca;
