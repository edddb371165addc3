import { computeFit, type Fit } from './fit';

let fit: Fit = computeFit(1920, 1080, 1);

/** The fit of the canvas to the window right now; set by the Boot scene on every resize. */
export function currentFit(): Fit {
  return fit;
}

export function measureFit(): Fit {
  fit = computeFit(window.innerWidth, window.innerHeight, window.devicePixelRatio);
  return fit;
}
