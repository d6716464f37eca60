import type { MetadataRoute } from 'next';
import { SITE_DESCRIPTION, SITE_NAME } from '@/lib/view/metadata';

// /manifest.webmanifest: the name and icons a phone uses when the site is added to its home screen. Made once at
// build (nothing here reads the request or the data). The icons come from app/icon.svg (scripts/make-icons.mjs).
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: SITE_NAME,
    short_name: SITE_NAME,
    description: SITE_DESCRIPTION,
    lang: 'en-GB',
    start_url: '/',
    scope: '/',
    display: 'browser',
    // The header's colour (app/layout.tsx's themeColor) and the light page behind it.
    theme_color: '#1d3a5f',
    background_color: '#ffffff',
    icons: [
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
