// <trainer-chart>: an Apache ECharts chart as a small Lit element. The server sets `optionJson` (an ECharts option
// as JSON) and `label` (a text description, used as the chart's aria label). Colours come from the Lumo theme
// variables, so the chart stays readable in light and dark; it redraws when the theme changes or the size does.
import { LitElement, html, css } from 'lit';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, MarkLineComponent, AriaComponent, LegendComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, MarkLineComponent, AriaComponent, LegendComponent,
  SVGRenderer]);

class TrainerChart extends LitElement {
  static properties = {
    optionJson: { type: String, attribute: false },
    label: { type: String },
  };

  static styles = css`
    :host { display: block; width: 100%; height: 320px; }
    .chart { width: 100%; height: 100%; }
  `;

  render() {
    return html`<div class="chart" role="img" aria-label=${this.label || ''}></div>`;
  }

  firstUpdated() {
    this._chart = echarts.init(this.renderRoot.querySelector('.chart'), null, { renderer: 'svg' });
    this._resize = new ResizeObserver(() => this._chart && this._chart.resize());
    this._resize.observe(this);
    this._theme = new MutationObserver(() => this._apply());
    this._theme.observe(document.documentElement, { attributes: true, attributeFilter: ['theme'] });
    this._apply();
  }

  updated(changed) {
    if (changed.has('optionJson') || changed.has('label')) {
      this._apply();
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this._resize?.disconnect();
    this._theme?.disconnect();
    this._chart?.dispose();
    this._chart = null;
  }

  _color(name, fallback) {
    const value = getComputedStyle(this).getPropertyValue(name).trim();
    return value || fallback;
  }

  _apply() {
    if (!this._chart || !this.optionJson) {
      return;
    }
    const option = JSON.parse(this.optionJson);
    const text = this._color('--lumo-body-text-color', '#1a1a1a');
    const muted = this._color('--lumo-secondary-text-color', '#666');
    const grid = this._color('--lumo-contrast-10pct', 'rgba(0,0,0,0.1)');
    const primary = this._color('--lumo-primary-color', '#1f7a80');
    const error = this._color('--lumo-error-color', '#d33');
    option.backgroundColor = 'transparent';
    option.textStyle = { color: text, fontFamily: this._color('--lumo-font-family', 'sans-serif') };
    option.color = [primary, error, muted];
    option.aria = { enabled: true, label: { enabled: true, description: this.label || '' } };
    for (const axis of [].concat(option.xAxis || [], option.yAxis || [])) {
      axis.axisLabel = Object.assign({ color: muted }, axis.axisLabel);
      axis.axisLine = { lineStyle: { color: grid } };
      axis.splitLine = { lineStyle: { color: grid } };
    }
    for (const series of option.series || []) {
      if (series.markLine) {
        series.markLine.lineStyle = Object.assign({ color: error, type: 'dashed' }, series.markLine.lineStyle);
        series.markLine.label = Object.assign({ color: error }, series.markLine.label);
      }
    }
    this._chart.setOption(option, true);
  }
}

customElements.define('trainer-chart', TrainerChart);
