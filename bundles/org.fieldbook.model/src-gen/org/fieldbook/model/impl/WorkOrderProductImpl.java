/**
 */
package org.fieldbook.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.fieldbook.model.Booking;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.LineStatus;
import org.fieldbook.model.Product;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderProduct;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Work Order Product</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderProductImpl#getWorkOrder <em>Work Order</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderProductImpl#getProduct <em>Product</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderProductImpl#getBooking <em>Booking</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderProductImpl#getQuantity <em>Quantity</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderProductImpl#getEstimateQuantity <em>Estimate Quantity</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderProductImpl#getLineStatus <em>Line Status</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WorkOrderProductImpl extends RecordImpl implements WorkOrderProduct {
	/**
	 * The cached value of the '{@link #getWorkOrder() <em>Work Order</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkOrder()
	 * @generated
	 * @ordered
	 */
	protected WorkOrder workOrder;

	/**
	 * The cached value of the '{@link #getProduct() <em>Product</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProduct()
	 * @generated
	 * @ordered
	 */
	protected Product product;

	/**
	 * The cached value of the '{@link #getBooking() <em>Booking</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBooking()
	 * @generated
	 * @ordered
	 */
	protected Booking booking;

	/**
	 * The default value of the '{@link #getQuantity() <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuantity()
	 * @generated
	 * @ordered
	 */
	protected static final double QUANTITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getQuantity() <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuantity()
	 * @generated
	 * @ordered
	 */
	protected double quantity = QUANTITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getEstimateQuantity() <em>Estimate Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimateQuantity()
	 * @generated
	 * @ordered
	 */
	protected static final double ESTIMATE_QUANTITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getEstimateQuantity() <em>Estimate Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimateQuantity()
	 * @generated
	 * @ordered
	 */
	protected double estimateQuantity = ESTIMATE_QUANTITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getLineStatus() <em>Line Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineStatus()
	 * @generated
	 * @ordered
	 */
	protected static final LineStatus LINE_STATUS_EDEFAULT = LineStatus.ESTIMATED;

	/**
	 * The cached value of the '{@link #getLineStatus() <em>Line Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineStatus()
	 * @generated
	 * @ordered
	 */
	protected LineStatus lineStatus = LINE_STATUS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WorkOrderProductImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FieldbookPackage.Literals.WORK_ORDER_PRODUCT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkOrder getWorkOrder() {
		if (workOrder != null && workOrder.eIsProxy()) {
			InternalEObject oldWorkOrder = (InternalEObject)workOrder;
			workOrder = (WorkOrder)eResolveProxy(oldWorkOrder);
			if (workOrder != oldWorkOrder) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FieldbookPackage.WORK_ORDER_PRODUCT__WORK_ORDER, oldWorkOrder, workOrder));
			}
		}
		return workOrder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WorkOrder basicGetWorkOrder() {
		return workOrder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorkOrder(WorkOrder newWorkOrder) {
		WorkOrder oldWorkOrder = workOrder;
		workOrder = newWorkOrder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER_PRODUCT__WORK_ORDER, oldWorkOrder, workOrder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Product getProduct() {
		if (product != null && product.eIsProxy()) {
			InternalEObject oldProduct = (InternalEObject)product;
			product = (Product)eResolveProxy(oldProduct);
			if (product != oldProduct) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FieldbookPackage.WORK_ORDER_PRODUCT__PRODUCT, oldProduct, product));
			}
		}
		return product;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Product basicGetProduct() {
		return product;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProduct(Product newProduct) {
		Product oldProduct = product;
		product = newProduct;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER_PRODUCT__PRODUCT, oldProduct, product));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Booking getBooking() {
		if (booking != null && booking.eIsProxy()) {
			InternalEObject oldBooking = (InternalEObject)booking;
			booking = (Booking)eResolveProxy(oldBooking);
			if (booking != oldBooking) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FieldbookPackage.WORK_ORDER_PRODUCT__BOOKING, oldBooking, booking));
			}
		}
		return booking;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Booking basicGetBooking() {
		return booking;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBooking(Booking newBooking) {
		Booking oldBooking = booking;
		booking = newBooking;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER_PRODUCT__BOOKING, oldBooking, booking));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getQuantity() {
		return quantity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuantity(double newQuantity) {
		double oldQuantity = quantity;
		quantity = newQuantity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER_PRODUCT__QUANTITY, oldQuantity, quantity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getEstimateQuantity() {
		return estimateQuantity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEstimateQuantity(double newEstimateQuantity) {
		double oldEstimateQuantity = estimateQuantity;
		estimateQuantity = newEstimateQuantity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER_PRODUCT__ESTIMATE_QUANTITY, oldEstimateQuantity, estimateQuantity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LineStatus getLineStatus() {
		return lineStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLineStatus(LineStatus newLineStatus) {
		LineStatus oldLineStatus = lineStatus;
		lineStatus = newLineStatus == null ? LINE_STATUS_EDEFAULT : newLineStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER_PRODUCT__LINE_STATUS, oldLineStatus, lineStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FieldbookPackage.WORK_ORDER_PRODUCT__WORK_ORDER:
				if (resolve) return getWorkOrder();
				return basicGetWorkOrder();
			case FieldbookPackage.WORK_ORDER_PRODUCT__PRODUCT:
				if (resolve) return getProduct();
				return basicGetProduct();
			case FieldbookPackage.WORK_ORDER_PRODUCT__BOOKING:
				if (resolve) return getBooking();
				return basicGetBooking();
			case FieldbookPackage.WORK_ORDER_PRODUCT__QUANTITY:
				return getQuantity();
			case FieldbookPackage.WORK_ORDER_PRODUCT__ESTIMATE_QUANTITY:
				return getEstimateQuantity();
			case FieldbookPackage.WORK_ORDER_PRODUCT__LINE_STATUS:
				return getLineStatus();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FieldbookPackage.WORK_ORDER_PRODUCT__WORK_ORDER:
				setWorkOrder((WorkOrder)newValue);
				return;
			case FieldbookPackage.WORK_ORDER_PRODUCT__PRODUCT:
				setProduct((Product)newValue);
				return;
			case FieldbookPackage.WORK_ORDER_PRODUCT__BOOKING:
				setBooking((Booking)newValue);
				return;
			case FieldbookPackage.WORK_ORDER_PRODUCT__QUANTITY:
				setQuantity((Double)newValue);
				return;
			case FieldbookPackage.WORK_ORDER_PRODUCT__ESTIMATE_QUANTITY:
				setEstimateQuantity((Double)newValue);
				return;
			case FieldbookPackage.WORK_ORDER_PRODUCT__LINE_STATUS:
				setLineStatus((LineStatus)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FieldbookPackage.WORK_ORDER_PRODUCT__WORK_ORDER:
				setWorkOrder((WorkOrder)null);
				return;
			case FieldbookPackage.WORK_ORDER_PRODUCT__PRODUCT:
				setProduct((Product)null);
				return;
			case FieldbookPackage.WORK_ORDER_PRODUCT__BOOKING:
				setBooking((Booking)null);
				return;
			case FieldbookPackage.WORK_ORDER_PRODUCT__QUANTITY:
				setQuantity(QUANTITY_EDEFAULT);
				return;
			case FieldbookPackage.WORK_ORDER_PRODUCT__ESTIMATE_QUANTITY:
				setEstimateQuantity(ESTIMATE_QUANTITY_EDEFAULT);
				return;
			case FieldbookPackage.WORK_ORDER_PRODUCT__LINE_STATUS:
				setLineStatus(LINE_STATUS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FieldbookPackage.WORK_ORDER_PRODUCT__WORK_ORDER:
				return workOrder != null;
			case FieldbookPackage.WORK_ORDER_PRODUCT__PRODUCT:
				return product != null;
			case FieldbookPackage.WORK_ORDER_PRODUCT__BOOKING:
				return booking != null;
			case FieldbookPackage.WORK_ORDER_PRODUCT__QUANTITY:
				return quantity != QUANTITY_EDEFAULT;
			case FieldbookPackage.WORK_ORDER_PRODUCT__ESTIMATE_QUANTITY:
				return estimateQuantity != ESTIMATE_QUANTITY_EDEFAULT;
			case FieldbookPackage.WORK_ORDER_PRODUCT__LINE_STATUS:
				return lineStatus != LINE_STATUS_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (quantity: ");
		result.append(quantity);
		result.append(", estimateQuantity: ");
		result.append(estimateQuantity);
		result.append(", lineStatus: ");
		result.append(lineStatus);
		result.append(')');
		return result.toString();
	}

} //WorkOrderProductImpl
