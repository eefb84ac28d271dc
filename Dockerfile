# One image recipe for the four services; docker-compose passes the service name.
# Build the jars first: ./mvnw -DskipTests package
FROM eclipse-temurin:17-jre
ARG SERVICE
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 app
COPY ${SERVICE}/target/${SERVICE}.jar /app/service.jar
USER app
ENV AXONIQ_UPDATE_CHECKER_DISABLED=true \
    MALLOC_ARENA_MAX=2 \
    JAVA_TOOL_OPTIONS="-Xmx224m -XX:+UseSerialGC"
ENTRYPOINT ["java", "-jar", "/app/service.jar"]
