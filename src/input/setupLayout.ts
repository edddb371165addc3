/** Questions per column on the setup screen: the arrow keys and the drawing share it. */
export const SETUP_ROWS = 5;
