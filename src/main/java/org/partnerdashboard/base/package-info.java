/** Shared kernel: base entity, organizations and reference data (NAICS subsectors, areas, community areas), shared UI. */
package org.partnerdashboard.base;
