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
    const gl = (probe.getContext('webgl2', { failIfMajorPerformanceCaveat: true }) ??
      probe.getContext('webgl', { failIfMajorPerformanceCaveat: true })) as WebGLRenderingContext | null;
    if (!gl) return 'canvas';
    // Headless and GPU-less Chromium still hands out a context, rendered in software:
    // the caveat flag does not catch SwiftShader, so ask for the renderer's name.
    const name = webglRendererName(gl);
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return isSoftwareRenderer(name) ? 'canvas' : 'webgl';
  } catch {
    return 'canvas';
  }
}

function webglRendererName(gl: WebGLRenderingContext): string {
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
}

export function isSoftwareRenderer(name: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software|basic render driver/i.test(name);
}
