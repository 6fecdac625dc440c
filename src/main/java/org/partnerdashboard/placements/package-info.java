/** The 1000 Jobs for Chicagoland Manufacturing campaign: job seekers, placements and retention checks. */
package org.partnerdashboard.placements;
