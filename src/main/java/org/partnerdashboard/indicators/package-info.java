/** Subsector indicators of the Chicagoland manufacturing economy (BLS QCEW and other sources). */
package org.partnerdashboard.indicators;
