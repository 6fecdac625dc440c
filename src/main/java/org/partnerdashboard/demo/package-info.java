/**
 * Deterministic demo data: real organization names, counties, community areas and NAICS subsectors, synthetic people,
 * companies and figures. Scales to benchmark size (1M placements) with JDBC batch inserts.
 */
package org.partnerdashboard.demo;
