# Production image of Partner Dashboard, configured for PostgreSQL by environment variables:
#   docker build -t partner-dashboard .
#   docker run -p 8080:8080 -e SPRING_DATASOURCE_URL=jdbc:postgresql://db:5432/partner_dashboard \
#     -e SPRING_DATASOURCE_USERNAME=... -e SPRING_DATASOURCE_PASSWORD=... \
#     -e APP_ADMIN_USERNAME=ops.admin -e APP_ADMIN_PASSWORD=... partner-dashboard
# The first administrator comes from APP_ADMIN_USERNAME/APP_ADMIN_PASSWORD, or from the one-time /setup page whose
# code the server logs (docs/operations.md, "Production start"). The prod profile never loads demo data or demo users.
# The frontend bundle is committed (src/main/bundles/prod.bundle), so the build needs no Node.js.

FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY frontend frontend
COPY src src
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:21-jre
# Chart snapshots and board packs are drawn in the JVM: fontconfig and Liberation Sans (Helvetica's metrics, so text
# measured for a PDF fits its standard font) from the distribution's packages, never fetched at run time.
RUN apt-get update && apt-get install -y --no-install-recommends fontconfig fonts-liberation curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home-dir /app --shell /usr/sbin/nologin app
WORKDIR /app
COPY --from=build /build/target/partner-dashboard.jar app.jar
USER app
ENV SPRING_PROFILES_ACTIVE=postgres,prod \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Djava.awt.headless=true"
EXPOSE 8080
# Alive while the process answers; a load balancer asks /actuator/health/readiness (database included) instead
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health/liveness || exit 1
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
