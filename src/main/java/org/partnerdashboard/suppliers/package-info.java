/** Illinois Manufacturing Supply Chain Center: supplier registrations and the supplier directory. */
package org.partnerdashboard.suppliers;
