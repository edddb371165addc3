import Phaser from 'phaser';

export type RendererChoice = 'webgl' | 'canvas';

/**
 * WebGL where a real GPU is present; Canvas where WebGL would be software-rendered
 * (SwiftShader is slow on big canvases). `?renderer=canvas|webgl` forces either, for tests.
 */
export function chooseRenderer(search: string = window.location.search): RendererChoice {
  const forced = new URLSearchParams(search).get('renderer');
  if (forced === 'canvas' || forced === 'webgl') return forced;
  try {
    const probe = document.createElement('canvas');
    const gl = probe.getContext('webgl2', { failIfMajorPerformanceCaveat: true }) ?? probe.getContext('webgl', { failIfMajorPerformanceCaveat: true });
    (gl as WebGLRenderingContext | null)?.getExtension('WEBGL_lose_context')?.loseContext();
    return gl ? 'webgl' : 'canvas';
  } catch {
    return 'canvas';
  }
}

export function phaserRendererType(choice: RendererChoice): number {
  return choice === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS;
}
