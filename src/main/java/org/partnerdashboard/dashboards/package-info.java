/** Partnership dashboards: compose the features' APIs into one picture (pages, the stats API); own only users' saved views. */
package org.partnerdashboard.dashboards;
