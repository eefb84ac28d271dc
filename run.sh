#!/usr/bin/env bash
# Starts the whole local system in the foreground, building it first if a jar is missing.
# Ctrl-C stops all of it. Data stays in .local-data/ for the next run.
set -euo pipefail
cd "$(dirname "$0")"

jars=(
  launcher/target/launcher.jar
  intake-service/target/intake-service.jar
  case-service/target/case-service.jar
  notification-service/target/notification-service.jar
  reporting-service/target/reporting-service.jar
)
for jar in "${jars[@]}"; do
  if [[ ! -f "$jar" ]]; then
    echo "$jar is missing: building (./mvnw -DskipTests package), which takes a few minutes the first time."
    ./mvnw -q -B -DskipTests package
    break
  fi
  # A jar older than any source or pom would run yesterday's code.
  if [[ -n "$(find . -path ./.local-data -prune -o \( -path '*/src/main/*' -o -name pom.xml \) -newer "$jar" -type f -print -quit)" ]]; then
    echo "Sources changed since $jar was built: building (./mvnw -DskipTests package)."
    ./mvnw -q -B -DskipTests package
    break
  fi
done

exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -jar launcher/target/launcher.jar "$@"
