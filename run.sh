#!/usr/bin/env bash
# Builds whatever is missing or out of date, then starts Becflow with everything embedded on 127.0.0.1:
# PostgreSQL, Keycloak, an SMTP server that keeps mail, and the server itself. Prints where to open it.
# Set DB_URL, OIDC_ISSUER or SMTP_HOST (see README) to use your own instead of the embedded ones.
set -euo pipefail
cd "$(dirname "$0")"
jar=server/target/becflow-server.jar
stale() {
  [ ! -f "$jar" ] && return 0
  [ -n "$(find pom.xml ./*/pom.xml ./*/src -newer "$jar" -print -quit 2>/dev/null)" ]
}
if stale; then
  echo "Building Becflow (first time: a few minutes, Maven downloads Payara, Keycloak and PostgreSQL)..."
  mvn -B -ntp -q install -DskipTests
fi
exec java ${BECFLOW_JAVA_OPTS:--Xmx1g} -jar "$jar" "$@"
