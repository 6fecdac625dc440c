/**
 * The partnership's calendar: roundtables, Manufacturing Month, the award ceremony, hiring events and webinars;
 * shown on the dashboard and on time-series charts, and as each person's private iCalendar feed.
 */
package org.partnerdashboard.calendar;
