import type { Center } from './catalog.js';

const EARTH_RADIUS_KM = 6371;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in km (haversine). */
export function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

export function isValidLocation(p: { latitude: number; longitude: number }): boolean {
  return Number.isFinite(p.latitude) && Number.isFinite(p.longitude) && Math.abs(p.latitude) <= 90 && Math.abs(p.longitude) <= 180;
}

/** The `limit` centers nearest to `from`, with distances rounded to 0.1 km. */
export function nearestCenters(centers: Center[], from: { latitude: number; longitude: number }, limit = 5) {
  return centers
    .map((center) => ({ center, km: Math.round(distanceKm(from, center) * 10) / 10 }))
    .sort((a, b) => a.km - b.km)
    .slice(0, limit);
}
