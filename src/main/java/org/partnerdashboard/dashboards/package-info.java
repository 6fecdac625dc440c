/** Partnership dashboards: compose the features' APIs into one picture; owns no tables. */
package org.partnerdashboard.dashboards;
