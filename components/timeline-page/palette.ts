// Colours of the timeline chart, light and dark, as plain values: the chart sets them as SVG
// attributes, so an exported SVG or PNG looks like the screen without any style sheet.
import type { Domain } from '@/lib/types';

export interface Palette {
  bg: string;
  fg: string;
  muted: string;
  line: string;
  bin: string;
  accent: string;
  domains: Record<Domain, string>;
}

const LIGHT: Palette = {
  bg: '#ffffff',
  fg: '#1d1d1f',
  muted: '#5f6368',
  line: '#e3e3e6',
  bin: '#8a8f98',
  accent: '#b3131b',
  domains: {
    security: '#4e79a7',
    defence: '#1f3f66',
    diplomacy: '#e15759',
    party: '#b3131b',
    parliament: '#9c755f',
    economy: '#59a14f',
    culture: '#b07aa1',
    health: '#76b7b2',
    local: '#8c8c8c',
    justice: '#5a4fcf',
    media: '#f28e2b',
    education: '#edc948',
    energy: '#ff9da7',
  },
};

const DARK: Palette = {
  bg: '#1e1f22',
  fg: '#ececf1',
  muted: '#a8abb3',
  line: '#34363b',
  bin: '#7d828c',
  accent: '#ff6b6b',
  domains: {
    security: '#79a7d9',
    defence: '#8fb3e8',
    diplomacy: '#ff8587',
    party: '#ff6b6b',
    parliament: '#d0a588',
    economy: '#8cd17d',
    culture: '#d4a6c8',
    health: '#9ee0da',
    local: '#bdbdbd',
    justice: '#a99cff',
    media: '#ffbe7d',
    education: '#f1ce63',
    energy: '#ffc2c8',
  },
};

export const prefersDark = () => typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;

export function paletteFor(dark: boolean): Palette {
  return dark ? DARK : LIGHT;
}
